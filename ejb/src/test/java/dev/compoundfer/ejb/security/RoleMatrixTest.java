package dev.compoundfer.ejb.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compoundfer.ejb.dataset.DatasetServiceBean;
import dev.compoundfer.ejb.experiment.ExperimentServiceBean;
import dev.compoundfer.ejb.inference.InferenceBenchmarkBean;
import dev.compoundfer.ejb.inference.ExpressionRecognizerBean;
import dev.compoundfer.ejb.registry.BackboneRegistryBean;
import dev.compoundfer.ejb.registry.ModelRegistryBean;
import dev.compoundfer.ejb.report.ReportServiceBean;
import dev.compoundfer.ejb.schedule.ScheduleServiceBean;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Remote;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The role matrix of the session beans that pages and REST reach, as the container will read it from the
 * annotations. The deployed check is SecurityIT; this one also covers calls that bypass the REST resources (console
 * actions, the remote view), and it fails when a business method has no role decision at all.
 */
class RoleMatrixTest {
  private static final Set<String> ALL = Set.of("*");
  private static final Set<String> READ = Set.of(Roles.ADMIN, Roles.MANAGER);
  private static final Set<String> ADMIN = Set.of(Roles.ADMIN);

  private static final List<Class<?>> FACADES = List.of(ExperimentServiceBean.class, ScheduleServiceBean.class,
      ModelRegistryBean.class, ExpressionRecognizerBean.class, ReportServiceBean.class, UserServiceBean.class,
      UserDirectoryBean.class, DatasetServiceBean.class, BackboneRegistryBean.class, InferenceBenchmarkBean.class);

  private static final Map<String, Set<String>> EXPECTED = new TreeMap<>(Map.ofEntries(
      Map.entry("ExperimentServiceBean.start", ADMIN),
      Map.entry("ExperimentServiceBean.stop", ADMIN),
      Map.entry("ExperimentServiceBean.restart", ADMIN),
      Map.entry("ExperimentServiceBean.abandon", ADMIN),
      Map.entry("ExperimentServiceBean.list", READ),
      Map.entry("ExperimentServiceBean.find", READ),
      Map.entry("ExperimentServiceBean.replaySet", READ),
      Map.entry("ExperimentServiceBean.accuracyMatrix", READ),
      Map.entry("ExperimentServiceBean.confusionMatrices", READ),
      Map.entry("ExperimentServiceBean.fewShotResults", READ),
      Map.entry("ExperimentServiceBean.stepRuns", READ),
      Map.entry("ExperimentServiceBean.startScheduled", ALL),
      Map.entry("ExperimentServiceBean.failOrphanedJobs", ALL),
      Map.entry("ScheduleServiceBean.create", ADMIN),
      Map.entry("ScheduleServiceBean.pause", ADMIN),
      Map.entry("ScheduleServiceBean.resume", ADMIN),
      Map.entry("ScheduleServiceBean.delete", ADMIN),
      Map.entry("ScheduleServiceBean.list", READ),
      Map.entry("ModelRegistryBean.list", READ),
      Map.entry("ModelRegistryBean.active", READ),
      Map.entry("ModelRegistryBean.activate", ADMIN),
      Map.entry("ModelRegistryBean.register", ALL),
      Map.entry("ExpressionRecognizerBean.recognize", Set.of(Roles.ADMIN, Roles.CLIENT)),
      Map.entry("ExpressionRecognizerBean.recognizeAll", Set.of(Roles.ADMIN, Roles.CLIENT)),
      Map.entry("ExpressionRecognizerBean.explain", Set.of(Roles.ADMIN, Roles.CLIENT)),
      Map.entry("ExpressionRecognizerBean.explainWithExperimentModel", Set.of(Roles.ADMIN, Roles.CLIENT)),
      Map.entry("InferenceBenchmarkBean.run", ADMIN),
      Map.entry("InferenceBenchmarkBean.serveWithBatching", ADMIN),
      Map.entry("DatasetServiceBean.register", ADMIN),
      Map.entry("DatasetServiceBean.rescan", ADMIN),
      Map.entry("DatasetServiceBean.delete", ADMIN),
      Map.entry("DatasetServiceBean.list", READ),
      Map.entry("DatasetServiceBean.find", READ),
      Map.entry("DatasetServiceBean.contactSheet", READ),
      Map.entry("BackboneRegistryBean.register", ADMIN),
      Map.entry("BackboneRegistryBean.list", READ),
      Map.entry("BackboneRegistryBean.find", ALL),
      Map.entry("BackboneRegistryBean.registerPretrained", ALL),
      Map.entry("ReportServiceBean.workbook", READ),
      Map.entry("ReportServiceBean.write", ALL),
      Map.entry("UserServiceBean.create", ADMIN),
      Map.entry("UserServiceBean.list", ADMIN),
      Map.entry("UserServiceBean.changePassword", ADMIN),
      Map.entry("UserServiceBean.delete", ADMIN),
      Map.entry("UserDirectoryBean.verify", ALL),
      Map.entry("UserDirectoryBean.forget", ALL)));

  @Test
  void everyBusinessMethodHasTheRolesOfTheMatrix() throws Exception {
    Map<String, Set<String>> actual = new TreeMap<>();
    List<String> undecided = new ArrayList<>();
    for (Class<?> bean : FACADES) {
      for (Class<?> view : bean.getInterfaces()) {
        if (!view.isAnnotationPresent(Local.class) && !view.isAnnotationPresent(Remote.class)) {
          continue;
        }
        for (Method method : view.getMethods()) {
          Method implementation = bean.getMethod(method.getName(), method.getParameterTypes());
          Set<String> roles = roles(implementation, bean);
          String name = bean.getSimpleName() + "." + method.getName();
          if (roles == null) {
            undecided.add(name);
          } else {
            actual.put(name, roles);
          }
        }
      }
    }
    assertTrue(undecided.isEmpty(), "business methods without @RolesAllowed or @PermitAll: " + undecided);
    for (var expected : EXPECTED.entrySet()) {
      assertEquals(expected.getValue(), actual.get(expected.getKey()), expected.getKey());
    }
  }

  /** What the container applies: the method's annotation, else the class's; null when neither says anything. */
  private static Set<String> roles(Method method, Class<?> bean) {
    if (method.isAnnotationPresent(PermitAll.class)) {
      return ALL;
    }
    if (method.isAnnotationPresent(RolesAllowed.class)) {
      return Set.of(method.getAnnotation(RolesAllowed.class).value());
    }
    if (bean.isAnnotationPresent(PermitAll.class)) {
      return ALL;
    }
    if (bean.isAnnotationPresent(RolesAllowed.class)) {
      return Set.of(bean.getAnnotation(RolesAllowed.class).value());
    }
    return null;
  }
}
