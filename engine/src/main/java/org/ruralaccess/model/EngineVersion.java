package org.ruralaccess.model;

/** The engine's version, from the jar manifest when packaged; written into every output. */
public final class EngineVersion {

  private EngineVersion() {}

  public static String current() {
    String version = EngineVersion.class.getPackage().getImplementationVersion();
    return version == null ? "0.1.0-SNAPSHOT" : version;
  }
}
