/**
 * What the three smskit clients share: the exception hierarchy under {@link dev.smskit.common.SmskitException},
 * the {@link dev.smskit.common.RetryPolicy}, the common builder settings and lazy paging.
 */
package dev.smskit.common;
