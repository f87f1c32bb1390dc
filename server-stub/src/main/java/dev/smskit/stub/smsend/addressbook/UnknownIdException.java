package dev.smskit.stub.smsend.addressbook;

/** A group or contact id that the user's address book does not hold. */
public class UnknownIdException extends RuntimeException {

    /** What the id was meant to name. */
    public enum Kind { GROUP, CONTACT }

    private final Kind kind;
    private final int id;

    public UnknownIdException(Kind kind, int id) {
        super("Unknown " + kind.name().toLowerCase(java.util.Locale.ROOT) + " id: " + id);
        this.kind = kind;
        this.id = id;
    }

    public Kind kind() {
        return kind;
    }

    public int id() {
        return id;
    }
}
