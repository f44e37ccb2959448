package org.ruralaccess.cli;

import org.ruralaccess.model.EngineVersion;
import picocli.CommandLine;

/** Answers {@code rae --version}. */
final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {"rae " + EngineVersion.current()};
  }
}
