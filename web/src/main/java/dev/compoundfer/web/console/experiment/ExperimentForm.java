package dev.compoundfer.web.console.experiment;

import dev.compoundfer.core.continual.ContinualMethod;
import dev.compoundfer.ejb.experiment.ExperimentRequest;
import dev.compoundfer.ejb.experiment.ExperimentService;
import dev.compoundfer.ejb.experiment.ExperimentView;
import dev.compoundfer.ejb.experiment.InvalidParameterException;
import dev.compoundfer.web.console.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The "new experiment" form. Validation is {@link ExperimentRequest}'s own, the same the REST API applies; its
 * message is shown next to the field it names.
 */
@Named
@RequestScoped
public class ExperimentForm {
  @EJB private ExperimentService experiments;

  private final ExperimentRequest defaults = ExperimentRequest.quickstart("experiment");
  private String name = "";
  private String dataset = defaults.dataset();
  private String backbone = defaults.backbone();
  private int subjects = defaults.subjects();
  private int imageSize = defaults.imageSize();
  private int teacherEpochs = defaults.teacherEpochs();
  private int incrementEpochs = defaults.incrementEpochs();
  private int increments = defaults.increments();
  private String memoryMode = defaults.memoryMode();
  private String device = defaults.device();
  private long seed = defaults.seed();
  private String shots = defaults.shots();
  private int fewShotClasses = defaults.fewShotClasses();
  private int fewShotThreads = defaults.fewShotThreads();
  private Long pretrained = defaults.pretrained();
  private String pretrainMethod = defaults.pretrainMethod();
  private String pretrainData = defaults.pretrainData();
  private int pretrainEpochs = defaults.pretrainEpochs();
  private String method = defaults.method();

  /** Starts the experiment and opens its detail page, or shows what is wrong next to the field. */
  public String start() {
    try {
      ExperimentView started = experiments.start(new ExperimentRequest(name, dataset, backbone, subjects, imageSize,
          teacherEpochs, incrementEpochs, increments, memoryMode, device, seed, shots, fewShotClasses, fewShotThreads,
          pretrained, pretrainMethod, pretrainData, pretrainEpochs, method));
      Messages.flash("Started experiment " + started.id() + " (" + started.name() + ")");
      return "/experiment?faces-redirect=true&id=" + started.id();
    } catch (InvalidParameterException e) {
      Messages.field("create:" + e.parameter(), e.getMessage());
      return null;
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDataset() {
    return dataset;
  }

  public void setDataset(String dataset) {
    this.dataset = dataset;
  }

  public String getBackbone() {
    return backbone;
  }

  public void setBackbone(String backbone) {
    this.backbone = backbone;
  }

  public int getSubjects() {
    return subjects;
  }

  public void setSubjects(int subjects) {
    this.subjects = subjects;
  }

  public int getImageSize() {
    return imageSize;
  }

  public void setImageSize(int imageSize) {
    this.imageSize = imageSize;
  }

  public int getTeacherEpochs() {
    return teacherEpochs;
  }

  public void setTeacherEpochs(int teacherEpochs) {
    this.teacherEpochs = teacherEpochs;
  }

  public int getIncrementEpochs() {
    return incrementEpochs;
  }

  public void setIncrementEpochs(int incrementEpochs) {
    this.incrementEpochs = incrementEpochs;
  }

  public int getIncrements() {
    return increments;
  }

  public void setIncrements(int increments) {
    this.increments = increments;
  }

  public String getMemoryMode() {
    return memoryMode;
  }

  public void setMemoryMode(String memoryMode) {
    this.memoryMode = memoryMode;
  }

  /** The continual methods, the reference first. */
  public List<String> getMethods() {
    return ContinualMethod.NAMES;
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }

  public String getDevice() {
    return device;
  }

  public void setDevice(String device) {
    this.device = device;
  }

  public String getShots() {
    return shots;
  }

  public void setShots(String shots) {
    this.shots = shots;
  }

  public int getFewShotClasses() {
    return fewShotClasses;
  }

  public void setFewShotClasses(int fewShotClasses) {
    this.fewShotClasses = fewShotClasses;
  }

  public int getFewShotThreads() {
    return fewShotThreads;
  }

  public void setFewShotThreads(int fewShotThreads) {
    this.fewShotThreads = fewShotThreads;
  }

  public Long getPretrained() {
    return pretrained;
  }

  public void setPretrained(Long pretrained) {
    this.pretrained = pretrained;
  }

  public String getPretrainMethod() {
    return pretrainMethod;
  }

  public void setPretrainMethod(String pretrainMethod) {
    this.pretrainMethod = pretrainMethod;
  }

  public String getPretrainData() {
    return pretrainData;
  }

  public void setPretrainData(String pretrainData) {
    this.pretrainData = pretrainData;
  }

  public int getPretrainEpochs() {
    return pretrainEpochs;
  }

  public void setPretrainEpochs(int pretrainEpochs) {
    this.pretrainEpochs = pretrainEpochs;
  }

  public long getSeed() {
    return seed;
  }

  public void setSeed(long seed) {
    this.seed = seed;
  }
}
