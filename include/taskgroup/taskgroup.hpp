// The TaskGroup annotation library: DAGs of tasks in nested groups, with Apache Airflow's
// semantics. See docs/library.md and the contract in shared/design/API.md.
#pragma once

#include "annotate.hpp"
#include "cli.hpp"
#include "dag.hpp"
#include "decorator.hpp"
#include "errors.hpp"
#include "options.hpp"
#include "output.hpp"
#include "run.hpp"
#include "value.hpp"
