package org.jixiao.model;

/** How sure a finding is: see the tolerance policy in DESIGN.md. */
public enum Severity { ERROR, WARNING, INFO, NOT_EVALUATED }
