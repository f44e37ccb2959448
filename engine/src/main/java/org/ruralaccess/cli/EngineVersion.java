package org.ruralaccess.cli;

import picocli.CommandLine;

/** The engine version, from the jar manifest when packaged. */
public final class EngineVersion implements CommandLine.IVersionProvider {

  public static String current() {
    String version = EngineVersion.class.getPackage().getImplementationVersion();
    return version == null ? "0.1.0-SNAPSHOT" : version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"rae " + current()};
  }
}
