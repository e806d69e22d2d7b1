package org.ceasefire.platform;

/** Published when a request is refused by the access policy; the audit trail records it. */
public record RequestDenied(String method, String path, String reason) {}
