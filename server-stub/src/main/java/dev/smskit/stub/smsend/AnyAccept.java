package dev.smskit.stub.smsend;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * smsend answers the same whatever the client accepts: the seed's own Java samples send
 * {@code Accept: application/json} to operations that answer an empty body or {@code text/plain}.
 * The generated mappings declare {@code produces = "text/plain"} for those, which Spring would turn
 * into 406; under the smsend root the stub therefore reads every request as accepting anything.
 */
class AnyAccept extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
                return isAccept(name) ? "*/*" : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return isAccept(name) ? Collections.enumeration(java.util.List.of("*/*")) : super.getHeaders(name);
            }
        }, response);
    }

    private static boolean isAccept(String name) {
        return HttpHeaders.ACCEPT.equalsIgnoreCase(name);
    }
}
