package org.hubops.cli;

public final class HubOps {
  public static void main(String[] args) {}
}
