package dev.compoundfer.ejb.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.compoundfer.ejb.experiment.FewShotResultView;
import dev.compoundfer.ejb.report.EvaluationReport.FewShotRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportServiceBeanTest {
  @Test
  void averagesTheFewShotEpisodesOfEachCompoundClassAndShotCount() {
    List<FewShotRow> rows = ReportServiceBean.fewShot(List.of(
        new FewShotResultView("awed", 1, 1, 0.5, 0.2, 0.6, 3, 1.0),
        new FewShotResultView("awed", 5, 1, 0.7, 0.6, 0.7, 3, 1.0),
        new FewShotResultView("awed", 1, 2, 0.3, 0.4, 0.8, 3, 1.0)));

    assertEquals(2, rows.size(), "one row per class and shot count");
    FewShotRow oneShot = rows.get(0);
    assertEquals("awed", oneShot.compound());
    assertEquals(1, oneShot.shots());
    assertEquals(2, oneShot.episodes());
    assertEquals(0.4, oneShot.sevenWayAccuracy(), 1e-12);
    assertEquals(0.3, oneShot.newClassRecall(), 1e-12);
    assertEquals(0.7, oneShot.basicAccuracy(), 1e-12);
    assertEquals(5, rows.get(1).shots());
    assertEquals(1, rows.get(1).episodes());
  }
}
