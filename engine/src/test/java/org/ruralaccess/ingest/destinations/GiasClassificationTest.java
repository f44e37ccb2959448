package org.ruralaccess.ingest.destinations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ruralaccess.model.destination.DestinationCategory;

class GiasClassificationTest {

  private static String category(String type, String group, String phase) {
    return GiasClassification.category(type, group, phase)
        .map(DestinationCategory::key)
        .orElse("none");
  }

  @Test
  void typesAndPhasesSeenInTheEnglandExtract() {
    String la = "Local authority maintained schools";
    assertEquals("primary_school", category("Community school", la, "Middle deemed primary"));
    assertEquals("secondary_school", category("Academy converter", "Academies", "All-through"));
    assertEquals(
        "secondary_school", category("University technical college", "Free Schools", "Secondary"));
    // a school sixth form does not make a further education destination; these do
    assertEquals("further_education", category("Sixth form centres", "Colleges", "Not applicable"));
    assertEquals("further_education", category("Academy 16-19 converter", "Academies", "16 plus"));
    // not destinations, even where the extract gives them a mainstream phase
    assertEquals("none", category("Academy secure 16 to 19", "Academies", "16 plus"));
    assertEquals("none", category("Online provider", "Online provider", "Secondary"));
    assertEquals("none", category("Local authority nursery school", la, "Nursery"));
    assertEquals("none", category("Free schools special", "Free Schools", "Primary"));
    assertEquals("none", category("Other independent school", "Independent schools", "Primary"));
    assertEquals("none", category("Pupil referral unit", la, "Not applicable"));
  }

  @Test
  void openMeansOpenOrOpenProposedToClose() {
    assertTrue(GiasClassification.isOpen("Open"));
    assertTrue(GiasClassification.isOpen("Open, but proposed to close"));
    assertTrue(GiasClassification.isOpen(""), "the converted layout has no status: all open");
    assertFalse(GiasClassification.isOpen("Proposed to open"));
    assertFalse(GiasClassification.isOpen("Closed"));
  }
}
