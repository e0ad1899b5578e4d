package dev.compoundfer.web.api;

import dev.compoundfer.ejb.experiment.AccuracyCellView;
import dev.compoundfer.ejb.experiment.ConfusionMatrixView;
import dev.compoundfer.ejb.experiment.ExperimentRequest;
import dev.compoundfer.ejb.experiment.ExperimentService;
import dev.compoundfer.ejb.experiment.ExperimentView;
import dev.compoundfer.ejb.experiment.FewShotResultView;
import dev.compoundfer.ejb.experiment.InvalidParameterException;
import dev.compoundfer.ejb.experiment.ReplaySampleView;
import dev.compoundfer.ejb.experiment.StepRunView;
import dev.compoundfer.ejb.report.ReportService;
import dev.compoundfer.ejb.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.Collection;
import java.util.List;

/** Experiments: list, start, look at, stop, restart. */
@Path("v1/experiments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
public class ExperimentResource {
  @EJB private ExperimentService experiments;
  @EJB private ReportService reports;

  @GET
  public List<ExperimentView> list() {
    return experiments.list();
  }

  /** Starts an experiment; absent fields take the quick-start defaults. */
  @POST
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public Response start(ExperimentForm form, @Context UriInfo uri) {
    if (form == null) {
      throw new InvalidParameterException("body", "The body must be a JSON object with the experiment parameters");
    }
    ExperimentView started = experiments.start(form.toRequest());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(started.id())).build())
        .entity(started)
        .build();
  }

  @GET
  @Path("{id}")
  public ExperimentView find(@PathParam("id") long id) {
    return experiments.find(id).orElseThrow(() -> new NotFoundException("No experiment has id " + id));
  }

  @GET
  @Path("{id}/replay-set")
  public List<ReplaySampleView> replaySet(@PathParam("id") long id) {
    return experiments.replaySet(id);
  }

  @GET
  @Path("{id}/accuracy-matrix")
  public List<AccuracyCellView> accuracyMatrix(@PathParam("id") long id) {
    return experiments.accuracyMatrix(id);
  }

  @GET
  @Path("{id}/confusion-matrices")
  public List<ConfusionMatrixView> confusionMatrices(@PathParam("id") long id) {
    return experiments.confusionMatrices(id);
  }

  @GET
  @Path("{id}/step-runs")
  public List<StepRunView> stepRuns(@PathParam("id") long id) {
    return experiments.stepRuns(id);
  }

  @GET
  @Path("{id}/few-shot")
  public List<FewShotResultView> fewShotResults(@PathParam("id") long id) {
    return experiments.fewShotResults(id);
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Path("{id}/stop")
  public ExperimentView stop(@PathParam("id") long id) {
    return experiments.stop(id);
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Path("{id}/abandon")
  public ExperimentView abandon(@PathParam("id") long id) {
    return experiments.abandon(id);
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Path("{id}/restart")
  public ExperimentView restart(@PathParam("id") long id) {
    return experiments.restart(id);
  }

  /** The Excel evaluation workbook as it stands now (also while the job runs). */
  @GET
  @Path("{id}/report")
  @Produces(XLSX)
  public Response report(@PathParam("id") long id) {
    find(id);
    return Response.ok(reports.workbook(id), XLSX)
        .header("Content-Disposition", "attachment; filename=\"compound-fer-experiment-" + id + ".xlsx\"")
        .build();
  }

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The JSON body of a start request; every field is optional. */
  public static class ExperimentForm {
    public String name;
    public String dataset;
    public String backbone;
    public Integer subjects;
    public Integer imageSize;
    public Integer teacherEpochs;
    public Integer incrementEpochs;
    public Integer increments;
    public String memoryMode;
    public String device;
    public Long seed;
    /** {@code "1,3,5"}, {@code [1, 3, 5]} or a single number. */
    public Object shots;
    public Integer fewShotClasses;
    public Integer fewShotThreads;
    public Long pretrained;
    public String pretrainMethod;
    public String pretrainData;
    public Integer pretrainEpochs;
    public String method;

    public ExperimentRequest toRequest() {
      ExperimentRequest d = ExperimentRequest.quickstart(name == null ? "experiment" : name);
      return new ExperimentRequest(
          d.name(),
          dataset == null ? d.dataset() : dataset,
          backbone == null ? d.backbone() : backbone,
          subjects == null ? d.subjects() : subjects,
          imageSize == null ? d.imageSize() : imageSize,
          teacherEpochs == null ? d.teacherEpochs() : teacherEpochs,
          incrementEpochs == null ? d.incrementEpochs() : incrementEpochs,
          increments == null ? d.increments() : increments,
          memoryMode == null ? d.memoryMode() : memoryMode,
          device == null ? d.device() : device,
          seed == null ? d.seed() : seed,
          shots == null ? d.shots() : shotsText(shots),
          fewShotClasses == null ? d.fewShotClasses() : fewShotClasses,
          fewShotThreads == null ? d.fewShotThreads() : fewShotThreads,
          pretrained,
          pretrainMethod == null ? d.pretrainMethod() : pretrainMethod,
          pretrainData == null ? d.pretrainData() : pretrainData,
          pretrainEpochs == null ? d.pretrainEpochs() : pretrainEpochs,
          method == null ? d.method() : method);
    }

    /** The shot counts as the request's comma-separated text; numbers print without a fraction. */
    private static String shotsText(Object shots) {
      if (shots instanceof Collection<?> list) {
        return String.join(",", list.stream().map(ExperimentForm::shotsText).toList());
      }
      if (shots instanceof Number number) {
        return number.doubleValue() == Math.rint(number.doubleValue())
            ? Long.toString(number.longValue())
            : number.toString();
      }
      return shots.toString();
    }
  }
}
