package dev.smskit.common;

/**
 * The API answered HTTP 404. What was not found depends on the API: an IP1 resource id, an empty IP1 V2 conversation, or for smsend the user key or credentials.
 */
public class NotFoundException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception for this answer; {@link ApiException#of(Answer)} picks the subclass by status.
     *
     * @param answer what the API answered
     */
    public NotFoundException(Answer answer) {
        super(answer);
    }
}
