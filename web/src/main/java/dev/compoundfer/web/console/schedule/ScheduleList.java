package dev.compoundfer.web.console.schedule;

import dev.compoundfer.ejb.experiment.ExperimentRequest;
import dev.compoundfer.ejb.experiment.InvalidParameterException;
import dev.compoundfer.ejb.schedule.ScheduleRequest;
import dev.compoundfer.ejb.schedule.ScheduleService;
import dev.compoundfer.ejb.schedule.ScheduleView;
import dev.compoundfer.web.console.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * Schedules: the list with pause, resume and delete, and a form for a new one. The form offers the parameters that
 * differ between scheduled runs; the others keep the quick-start defaults.
 */
@Named
@RequestScoped
public class ScheduleList {
  @EJB private ScheduleService schedules;

  private final ExperimentRequest defaults = ExperimentRequest.quickstart("scheduled");
  private List<ScheduleView> list;
  private String name = "";
  private String calendar = "0 30 2 * * Mon-Fri";
  private String dataset = defaults.dataset();
  private String backbone = defaults.backbone();
  private int subjects = defaults.subjects();
  private int teacherEpochs = defaults.teacherEpochs();
  private int increments = defaults.increments();

  @PostConstruct
  void load() {
    list = schedules.list();
  }

  public void create() {
    try {
      ExperimentRequest d = defaults;
      ExperimentRequest experiment = new ExperimentRequest(name.isBlank() ? d.name() : name, dataset, backbone,
          subjects, d.imageSize(), teacherEpochs, d.incrementEpochs(), increments, d.memoryMode(), d.device(),
          d.seed());
      ScheduleView created = schedules.create(new ScheduleRequest(name, calendar, experiment));
      Messages.info("Schedule " + created.name() + " created; next start " + created.nextStart());
      load();
    } catch (InvalidParameterException e) {
      Messages.field("schedule:" + e.parameter(), e.getMessage());
    }
  }

  public void pause(long id) {
    schedules.pause(id);
    Messages.info("Schedule " + id + " paused");
    load();
  }

  public void resume(long id) {
    schedules.resume(id);
    Messages.info("Schedule " + id + " resumed");
    load();
  }

  public void delete(long id) {
    schedules.delete(id);
    Messages.info("Schedule " + id + " deleted");
    load();
  }

  public List<ScheduleView> getList() {
    return list;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCalendar() {
    return calendar;
  }

  public void setCalendar(String calendar) {
    this.calendar = calendar;
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

  public int getTeacherEpochs() {
    return teacherEpochs;
  }

  public void setTeacherEpochs(int teacherEpochs) {
    this.teacherEpochs = teacherEpochs;
  }

  public int getIncrements() {
    return increments;
  }

  public void setIncrements(int increments) {
    this.increments = increments;
  }
}
