// The stages of the pipelines, each defined in its own translation unit (src/*.cpp): a DAG that
// calls them is only complete once the units are linked.
#pragma once

#include <taskgroup/taskgroup.hpp>

#include <string>

/// `extract_<source>`: pull, then check; returns the group for dependencies.
tg::TaskGroup add_extract(tg::TaskGroup &parent, const std::string &source);
/// `load`: stage, then publish.
void add_load(tg::TaskGroup &parent);
/// `quality` at the top of the DAG.
void add_quality(tg::Dag &dag);
/// An audit that also names its group `load`: it cannot share a parent with `add_load`.
void add_audit(tg::TaskGroup &parent);
