package dev.smskit.stub.sms;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long after it is sent a message reaches the network and the phone (each API's
 * {@code delivery.to-network} and {@code delivery.to-phone}). A phone delay shorter than the network
 * one counts as the network one: nothing reaches the phone before the network.
 */
public record DeliverySchedule(@DefaultValue("1s") Duration toNetwork, @DefaultValue("3s") Duration toPhone) {
}
