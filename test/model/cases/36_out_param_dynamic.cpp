// A string an opaque call fills through a reference is known only at run time: the id built
// from it is a dynamic pattern, not the empty string it was declared with. The same for a
// list grown in a loop of unknown count.
#include <taskgroup/taskgroup.hpp>
#include <iostream>
#include <string>
#include <vector>

tg::Dag build() {
  tg::Dag dag{"out_param"};
  std::string region;
  std::getline(std::cin, region);
  dag.empty("sync_" + region);
  std::vector<std::string> names;
  for (std::string name; std::getline(std::cin, name);)
    names.push_back(name);
  for (const std::string &name : names)
    dag.empty("load_" + name);
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
