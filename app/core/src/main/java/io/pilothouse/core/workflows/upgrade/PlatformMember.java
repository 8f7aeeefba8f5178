package io.pilothouse.core.workflows.upgrade;

/**
 * One service of a platform upgrade (one of its containers, when it runs several): the container's preview and where its steps sit in the plan
 * ({@code firstStep} to {@code lastStep}, both included, 0-based).
 */
public record PlatformMember(String service, String container, RecreatePreview preview, int firstStep, int lastStep) {
}
