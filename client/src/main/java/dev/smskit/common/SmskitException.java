package dev.smskit.common;

/**
 * Base type of every exception the smskit clients throw: catch it to handle any failed call.
 *
 * <ul>
 *   <li>{@link ApiException} and its subclasses: the API answered with an error status;</li>
 *   <li>{@link NetworkException}: no answer arrived (connection refused, reset, timed out); its
 *       subclass {@link OutcomeUnknownException} when a call that changes something (an SMS sent) may
 *       have taken effect all the same;</li>
 *   <li>{@code SmskitException} itself: an answer arrived but could not be used, for example a
 *       body that is not the JSON the API documents.</li>
 * </ul>
 */
public class SmskitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that says what failed and why.
     *
     * @param message what failed and why
     * @param cause the underlying failure, or {@code null}
     */
    public SmskitException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates an exception with a message that says what failed and why.
     *
     * @param message what failed and why
     */
    public SmskitException(String message) {
        super(message);
    }
}
