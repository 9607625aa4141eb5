// A DAG whose user-written text tries to break out of every context a picture puts it in: the
// HTML page (an element, an attribute, a <script> or <style> block, a comment) and Graphviz's
// SVG. Every attempt sets `window.__xss`; test/pictures checks that none of them runs and that
// each shows as the text it is. Ids cannot carry markup (the runtime allows [A-Za-z0-9_.-]), so
// the labels, tooltips and colours do; the findings' messages quote the
// colours (taskgroup-ui-params) and the ids.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"hostile"};
  tg::TaskGroup alpha = dag.group(
      "alpha", {.tooltip = "<script>window.__xss = 'tooltip'</script> & \"quoted\" 'single' "
                           "\xE2\x80\xA8 line separator",
                .ui_color = "red\"><img src=x onerror=\"window.__xss = 'colour'\">",
                .ui_fgcolor = "</style><script>window.__xss = 'fgcolor'</script>",
                .display_name = "\"><img src=x onerror=window.__xss='label'>"});
  tg::Task extract = alpha.task("extract-raw", [] { return 1; });
  tg::Task load = alpha.task("load_all", [] { return 2; });
  extract >> load;
  tg::TaskGroup beta = dag.group("beta", {.tooltip = "<!-- & &amp; --> ]]> \\N \\G"});
  tg::Task only = beta.task("only", [] { return 3; });
  alpha >> beta;
  dag.task("done", [] { return 4; });
  only >> dag.get_task("done");
  return dag;
}

int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
