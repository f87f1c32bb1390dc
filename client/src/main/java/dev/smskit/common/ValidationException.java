package dev.smskit.common;

/**
 * The request was invalid (HTTP 400): a field is missing or malformed. The parsed error says which, for IP1 V1 in {@code ModelState}.
 */
public class ValidationException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception for this answer; {@link ApiException#of(Answer)} picks the subclass by status.
     *
     * @param answer what the API answered
     */
    public ValidationException(Answer answer) {
        super(answer);
    }
}
