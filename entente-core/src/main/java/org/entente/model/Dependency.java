package org.entente.model;

/** A typed dependency between token indices of one sentence; {@code governor} is -1 for the root. */
public record Dependency(int governor, int dependent, String relation) {
}
