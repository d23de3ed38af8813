package nl.stagemakelaar.common;

/** A list's total: exact, or, for a long list, a lower bound ({@code exact = false}: "more than value"). */
public record Total(long value, boolean exact) {
}
