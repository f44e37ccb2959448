package org.ruralaccess.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which bind addresses keep the server to this machine (anything else is warned about). */
class ServerSettingsTest {

  private static boolean loopback(String address) {
    return new ServerSettings(address, 8080, List.of(), ServerLimits.defaults()).isLoopback();
  }

  @Test
  void loopbackAddressesAreThisMachineOnly() {
    assertTrue(loopback("127.0.0.1"));
    assertTrue(loopback("127.0.1.1"));
    assertTrue(loopback("localhost"));
    assertTrue(loopback("::1"));
  }

  @Test
  void everyOtherAddressIsReachableFromOutside() {
    assertFalse(loopback("0.0.0.0"));
    assertFalse(loopback("::"));
    assertFalse(loopback("192.168.1.20"));
    assertFalse(loopback("1270.0.0.1"));
  }
}
