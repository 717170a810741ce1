import java.io.File;
import java.util.Iterator;
import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.Node;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

/**
 * Opens a graph file as Gephi does (the Gephi toolkit from Maven Central: its importers and processor), for
 * test/graph-exports.test.ts. Prints one JSON line: the nodes and edges Gephi holds after the import, the
 * issues its importer reported at SEVERE or CRITICAL level, and one node's label. Argument: the file, a node id.
 */
public final class GephiRead {
  public static void main(String[] args) throws Exception {
    ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
    projects.newProject();
    Workspace workspace = projects.getCurrentWorkspace();
    ImportController importer = Lookup.getDefault().lookup(ImportController.class);
    Container container = importer.importFile(new File(args[0]));
    if (container == null) {
      System.out.println("{\"error\":\"Gephi has no importer for this file\"}");
      return;
    }
    StringBuilder problems = new StringBuilder();
    Iterator<Issue> issues = container.getReport().getIssues(1000);
    while (issues.hasNext()) {
      Issue issue = issues.next();
      if (issue.getLevel().toInteger() >= Issue.Level.SEVERE.toInteger()) {
        if (problems.length() > 0) problems.append(',');
        problems.append('"').append(issue.getMessage().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
      }
    }
    importer.process(container, new DefaultProcessor(), workspace);
    Graph graph = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace).getGraph();
    Node node = graph.getNode(args[1]);
    String label = node == null ? "null" : "\"" + node.getLabel().replace("\"", "\\\"") + "\"";
    System.out.println(
        "{\"nodes\":" + graph.getNodeCount() + ",\"edges\":" + graph.getEdgeCount() + ",\"problems\":[" + problems + "],\"label\":" + label + "}");
    System.exit(0);
  }
}
