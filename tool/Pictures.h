// `taskgroup inspect --format=html|svg`: the hierarchy as a picture, with the
// findings of the checks marked on the groups and tasks they concern
// (docs/pictures.md).
//
// `html` is the library's own page (`tg::render_html`,
// include/taskgroup/html.hpp), fed the static model's JSON; `svg` is Graphviz's
// `dot -Tsvg` of the static model's DOT, enriched with the findings. The checks
// run in the sibling `taskgroup-tidy` driver, as for `gate`.
#pragma once

#include "Model.h"

#include <string>
#include <vector>

namespace taskgroup {

/// What the checks run on: the files `inspect` read, compiled as `inspect`
/// compiled them.
struct PictureInput {
  std::vector<std::string> Files, Flags;
  std::string BuildDir; // compile_commands.json's directory, or empty: `Flags`
  std::string Checks = "taskgroup-*";
  std::vector<std::string>
      Extra; // more arguments for the driver (`--extra-arg=...`)
};

/// Prints the picture of `Model` (`Format`: "html" or "svg"); returns the exit
/// status.
int writePicture(const std::string &Format, const tgmodel::Model &Model,
                 const tgmodel::Focus &Focus, const PictureInput &Input,
                 const char *Argv0);

} // namespace taskgroup
