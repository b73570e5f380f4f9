package org.hubops.api;

public final class HubApplication {
  public static void main(String[] args) {}
}
