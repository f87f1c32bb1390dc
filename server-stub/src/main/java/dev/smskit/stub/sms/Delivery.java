package dev.smskit.stub.sms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The delivery of one message: when it reaches each step. Steps are not pushed by any background work
 * but read off the clock, so they move on by themselves and tests move them on by moving the clock.
 * Immutable; the messages of one send share one.
 */
public final class Delivery {

    /**
     * A step reached at a time.
     *
     * @param code for {@link DeliveryStep#FAILED}, why, in the terms of the message's API (an IP1 V2 status
     *             code, an smsend state); {@code null} for the other steps
     */
    public record Change(DeliveryStep step, Instant at, @Nullable String code) {

        public Change(DeliveryStep step, Instant at) {
            this(step, at, null);
        }
    }

    // the steps to come and when they are due, oldest first, never empty
    private final List<Change> plan;

    private Delivery(List<Change> plan) {
        this.plan = List.copyOf(plan);
    }

    /**
     * A message sent at {@code sendAt}: accepted then, handed to the network and, if {@code toPhone},
     * delivered to the phone after the schedule's delays.
     */
    public static Delivery sent(Instant sendAt, DeliverySchedule schedule, boolean toPhone) {
        Instant network = sendAt.plus(schedule.toNetwork());
        List<Change> plan = new ArrayList<>(List.of(new Change(DeliveryStep.ACCEPTED, sendAt),
                new Change(DeliveryStep.NETWORK, network)));
        if (toPhone) {
            plan.add(new Change(DeliveryStep.PHONE, latest(sendAt.plus(schedule.toPhone()), network)));
        }
        return new Delivery(plan);
    }

    /**
     * A message sent at {@code sendAt} that the network will not take: accepted then, and failed with
     * {@code code} when it would have been handed to the network (the real APIs accept such a message
     * and report the failure later).
     */
    public static Delivery failing(Instant sendAt, DeliverySchedule schedule, String code) {
        return new Delivery(List.of(new Change(DeliveryStep.ACCEPTED, sendAt),
                new Change(DeliveryStep.FAILED, sendAt.plus(schedule.toNetwork()), code)));
    }

    /**
     * This delivery failed with {@code code} {@code now}: the steps reached so far stay, those still to
     * come will not be.
     */
    public Delivery fail(Instant now, String code) {
        List<Change> failed = new ArrayList<>(history(now));
        failed.add(new Change(DeliveryStep.FAILED, now, code));
        return new Delivery(failed);
    }

    /** A message that arrived at a phone at {@code at} (an incoming one). */
    public static Delivery arrived(Instant at) {
        return new Delivery(List.of(new Change(DeliveryStep.PHONE, at)));
    }

    /** A message that failed at {@code at}, never to be delivered. */
    public static Delivery failed(Instant at) {
        return new Delivery(List.of(new Change(DeliveryStep.FAILED, at)));
    }

    /** The steps reached by {@code now}, each at the time it was due, oldest first; empty while scheduled. */
    public List<Change> history(Instant now) {
        int reached = reached(now);
        return reached == plan.size() ? plan : plan.subList(0, reached);
    }

    /** The step the message is at {@code now} and since when; for {@link DeliveryStep#SCHEDULED}, until when. */
    public Change at(Instant now) {
        int reached = reached(now);
        return reached == 0 ? new Change(DeliveryStep.SCHEDULED, plan.get(0).at()) : plan.get(reached - 1);
    }

    /** Whether no step is left to come after {@code now}. */
    public boolean isFinal(Instant now) {
        return !plan.get(plan.size() - 1).at().isAfter(now);
    }

    /**
     * The delivery with every step up to {@code until} that is still to come reached {@code now};
     * this one if none is (a scheduled message waits for its time).
     */
    public Delivery settle(Instant now, DeliveryStep until) {
        if (plan.get(0).at().isAfter(now)) {
            return this;
        }
        List<Change> settled = new ArrayList<>(plan);
        boolean moved = false;
        for (int i = 0; i < settled.size(); i++) {
            Change change = settled.get(i);
            // a failure comes instead of the network's step: settling makes it final at once
            boolean due = change.step() == DeliveryStep.FAILED || change.step().compareTo(until) <= 0;
            if (due && change.at().isAfter(now)) {
                settled.set(i, new Change(change.step(), now, change.code()));
                moved = true;
            }
        }
        return moved ? new Delivery(settled) : this;
    }

    private int reached(Instant now) {
        int reached = 0;
        while (reached < plan.size() && !plan.get(reached).at().isAfter(now)) {
            reached++;
        }
        return reached;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Delivery delivery && plan.equals(delivery.plan);
    }

    @Override
    public int hashCode() {
        return plan.hashCode();
    }

    @Override
    public String toString() {
        return "Delivery" + plan;
    }
}
