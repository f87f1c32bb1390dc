package dev.smskit.stub.web;

import java.io.IOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

/**
 * A request body checked while it is read, so that a chunked body is caught as well and before it is
 * all in memory. A check refuses by throwing a {@link StubError}: unchecked on purpose, as Jackson and
 * Spring would turn an IOException into a 400 of their own.
 */
abstract class CheckedInputStream extends ServletInputStream {

    private final ServletInputStream delegate;

    CheckedInputStream(ServletInputStream delegate) {
        this.delegate = delegate;
    }

    /** Before anything is read. */
    void beforeRead() {
    }

    /** The bytes of one read, {@code end} once there are no more. */
    abstract void check(byte[] buffer, int offset, int length, boolean end);

    @Override
    public int read() throws IOException {
        beforeRead();
        int b = delegate.read();
        check(new byte[] {(byte) b}, 0, b < 0 ? 0 : 1, b < 0);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        beforeRead();
        int n = delegate.read(buffer, offset, length);
        check(buffer, offset, Math.max(n, 0), n < 0);
        return n;
    }

    @Override
    public boolean isFinished() {
        return delegate.isFinished();
    }

    @Override
    public boolean isReady() {
        return delegate.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        delegate.setReadListener(listener);
    }
}
