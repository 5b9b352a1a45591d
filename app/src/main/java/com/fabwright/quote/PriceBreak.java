package com.fabwright.quote;

/** One distributor price break: from {@code qty} pieces on, each costs {@code unitPrice} (KiCost price tiers). */
public record PriceBreak(long qty, double unitPrice) {
}
