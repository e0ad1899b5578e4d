package dev.compoundfer.web.console.image;

import dev.compoundfer.ejb.dataset.DatasetService;
import dev.compoundfer.ejb.experiment.InvalidParameterException;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The contact sheet of a registered dataset as a PNG: {@code /thumbnails/dataset?id=1}. */
@WebServlet("/thumbnails/dataset")
public class ContactSheetServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @EJB private DatasetService datasets;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    byte[] png;
    try {
      png = datasets.contactSheet(Long.parseLong(request.getParameter("id")));
    } catch (NumberFormatException | InvalidParameterException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("image/png");
    response.setContentLength(png.length);
    response.getOutputStream().write(png);
  }
}
