package dev.smskit.stub.smsend.orders;

/**
 * An order just placed.
 *
 * @param orderId its order ID
 * @param smsSent how many SMSs it sends (one per valid recipient)
 * @param creditsUsed how many credits they cost
 * @param remainingCredits the credits the user has left
 */
public record PlacedOrder(String orderId, int smsSent, int creditsUsed, int remainingCredits) {
}
