package dev.compoundfer.web.console.dataset;

import dev.compoundfer.ejb.dataset.DatasetRequest;
import dev.compoundfer.ejb.dataset.DatasetService;
import dev.compoundfer.ejb.dataset.DatasetView;
import dev.compoundfer.ejb.experiment.InvalidParameterException;
import dev.compoundfer.web.console.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Registered datasets, the registration form and the one dataset opened for a closer look. */
@Named
@ViewScoped
public class DatasetList implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private DatasetService datasets;

  private List<DatasetView> list;
  private DatasetView selected;
  private String name = "";
  private String reader = "folders";
  private String path = "";

  /** View action. */
  public void load() {
    list = datasets.list();
    if (selected == null && !list.isEmpty()) {
      selected = list.get(list.size() - 1);
    }
  }

  public void register() {
    try {
      selected = datasets.register(new DatasetRequest(name, reader, path));
      Messages.info("Registered " + selected.name() + ": " + selected.samples() + " images, "
          + selected.problemCount() + " load problems");
      name = "";
      path = "";
      list = datasets.list();
    } catch (InvalidParameterException e) {
      Messages.field("register:" + e.parameter(), e.getMessage());
    }
  }

  public void select(long id) {
    selected = datasets.find(id).orElse(null);
  }

  public void rescan(long id) {
    selected = datasets.rescan(id);
    Messages.info("Scanned " + selected.name() + " again: " + selected.samples() + " images");
    list = datasets.list();
  }

  public void delete(long id) {
    datasets.delete(id);
    Messages.info("Dataset " + id + " removed from the list (no file was deleted)");
    selected = null;
    load();
  }

  public List<String> getReaders() {
    return DatasetRequest.READERS;
  }

  public List<DatasetView> getList() {
    return list;
  }

  public DatasetView getSelected() {
    return selected;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getReader() {
    return reader;
  }

  public void setReader(String reader) {
    this.reader = reader;
  }

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }
}
