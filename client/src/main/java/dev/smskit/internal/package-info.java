/**
 * How the smskit clients are wired: Feign, the JDK HTTP client, JSON settings, error decoding,
 * retries, logging and paging. Not part of the public API: it may change in any release, and the
 * module does not export it.
 */
package dev.smskit.internal;
