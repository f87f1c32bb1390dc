package dev.smskit.stub.smsend.orders;

/** An order that cannot be placed as it is (its order ID is taken, or the credits do not cover it). */
public class OrderRefusedException extends RuntimeException {

    public OrderRefusedException(String reason) {
        super(reason);
    }
}
