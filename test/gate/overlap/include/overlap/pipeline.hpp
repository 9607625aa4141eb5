// A factory shared by two translation units. Its `publish.post` task pulls the XCom of the task
// its caller names, with no edge to it: a hidden dependency (taskgroup-tight-coupling). The fix
// adds the edge after the statement that creates `post`, so each unit inserts at one place of
// this header a different edge: `fetch >> publish;` for left.cpp, `mirror >> publish;` for
// right.cpp. `taskgroup fix` must refuse both.
#pragma once

#include <taskgroup/taskgroup.hpp>

#include <string>

TG_GROUP_FACTORY inline tg::TaskGroup add_pipeline(const tg::TaskGroup &parent,
                                                   const std::string &source) {
  tg::TaskGroup pipeline = parent.group("pipeline");
  tg::TaskGroup fetch = pipeline.group("fetch");
  fetch.task("api", [] { return 1; });
  fetch.task("cache", [] { return 3; });
  tg::TaskGroup mirror = pipeline.group("mirror");
  mirror.task("files", [] { return 2; });
  mirror.task("index", [] { return 4; });
  tg::TaskGroup publish = pipeline.group("publish");
  publish.task("notify", [] { return 5; });
  publish.task("post", [source](tg::Context &ctx) { return ctx.xcom_pull(source).as_int(); });
  return pipeline;
}
