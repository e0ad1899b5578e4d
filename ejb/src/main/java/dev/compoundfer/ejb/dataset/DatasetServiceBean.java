package dev.compoundfer.ejb.dataset;

import dev.compoundfer.ejb.dataset.DatasetView.ClassCount;
import dev.compoundfer.ejb.dataset.DatasetView.Problem;
import dev.compoundfer.ejb.experiment.InvalidParameterException;
import dev.compoundfer.ejb.security.Roles;
import dev.compoundfer.persistence.dataset.Dataset;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/** Registered datasets; scans run in the caller's request (they only list and check files). */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
public class DatasetServiceBean implements DatasetService {
  @PersistenceContext private EntityManager em;

  @Override
  @RolesAllowed(Roles.ADMIN)
  public DatasetView register(DatasetRequest request) {
    if (!em.createNamedQuery("Dataset.byName", Dataset.class).setParameter("name", request.name())
        .getResultList().isEmpty()) {
      throw new InvalidParameterException("name", "name " + request.name() + " is already registered");
    }
    Dataset dataset = new Dataset(request.name(), request.reader(), request.path(), LocalDateTime.now());
    dataset.scanned(DatasetScanner.scan(request.reader(), request.path()), LocalDateTime.now());
    em.persist(dataset);
    return view(dataset);
  }

  @Override
  public List<DatasetView> list() {
    return em.createNamedQuery("Dataset.all", Dataset.class).getResultStream().map(DatasetServiceBean::view).toList();
  }

  @Override
  public Optional<DatasetView> find(long id) {
    return Optional.ofNullable(em.find(Dataset.class, id)).map(DatasetServiceBean::view);
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public DatasetView rescan(long id) {
    Dataset dataset = require(id);
    dataset.scanned(DatasetScanner.scan(dataset.getReader(), dataset.getPath()), LocalDateTime.now());
    return view(dataset);
  }

  @Override
  public byte[] contactSheet(long id) {
    Dataset dataset = require(id);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(DatasetScanner.contactSheet(dataset.getReader(), dataset.getPath()), "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public void delete(long id) {
    em.remove(require(id));
  }

  private Dataset require(long id) {
    Dataset dataset = em.find(Dataset.class, id);
    if (dataset == null) {
      throw new InvalidParameterException("id", "No dataset has id " + id);
    }
    return dataset;
  }

  private static DatasetView view(Dataset d) {
    List<ClassCount> classes = lines(d.getClassCounts()).stream()
        .map(line -> line.split("=", 2))
        .map(kv -> new ClassCount(kv[0], Integer.parseInt(kv[1])))
        .toList();
    List<Problem> problems = lines(d.getProblems()).stream()
        .map(line -> line.split("\t", 2))
        .map(fr -> new Problem(fr[0], fr.length > 1 ? fr[1] : ""))
        .toList();
    return new DatasetView(d.getId(), d.getName(), d.getReader(), d.getPath(), d.getCreatedAt(), d.getScannedAt(),
        d.getSampleCount(), d.getSubjectCount(), classes, d.getProblemCount(), problems);
  }

  private static List<String> lines(String text) {
    return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
  }
}
