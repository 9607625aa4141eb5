// The failure fixture 63_06_02 gives exactly the rows of fixtures/FINDINGS.md: processing,
// audit and notify are flattened into the DAG (with the pulls on lines 52, 62, 76 and the
// branch's return value on line 77), archive's statement is removed, enrich (an empty group in a
// dependency) and the three export groups (a factory in a loop) are reported without a fix;
// score_accounts carries NOLINT. The fixed program compiles, and a second run changes nothing.
// RUN: cp %S/../../../../fixtures/63_06_02_single_purpose.cpp %t.copy.cpp
// RUN: grep '^// CHECK' %s >> %t.copy.cpp
// RUN: %check_clang_tidy %t.copy.cpp taskgroup-single-purpose %t -- -- -I%S/../../../../fixtures
// CHECK-MESSAGES: :24:5: warning: groups 'export', 'export__1' and 'export__2' each have a single child, task 'upload': each group only lengthens the ids below it and adds a level to the graph view; cannot be fixed automatically: the group is created in a loop [taskgroup-single-purpose]
// CHECK-MESSAGES: :46:40: warning: group 'processing' has a single child, group 'processing.transform': the group only lengthens the ids below it and adds a level to the graph view [taskgroup-single-purpose]
// CHECK-MESSAGES: :58:36: warning: group 'enrich' is empty but used in a dependency: an empty group has no task to depend on, so its edges come only from Airflow's empty-group fall-through (lost before PR #49034, issue #47947); cannot be fixed automatically: the group is used in a dependency at {{.*}}:100 [taskgroup-single-purpose]
// CHECK-MESSAGES: :69:13: warning: group 'archive' is empty: it runs nothing and only adds an empty box to the graph view [taskgroup-single-purpose]
// CHECK-MESSAGES: :72:35: warning: group 'audit' has a single child, task 'audit.write_log': the group only lengthens the ids below it and adds a level to the graph view [taskgroup-single-purpose]
// CHECK-MESSAGES: :80:36: warning: group 'notify' has a single child, task 'notify.send_summary': the group only lengthens the ids below it and adds a level to the graph view [taskgroup-single-purpose]
// CHECK-FIXES: tg::TaskGroup processing = dag.root();
// CHECK-FIXES: return ctx.xcom_pull("transform.normalize").as_int() - 3;
// CHECK-FIXES: tg::TaskGroup enrich = dag.group("enrich", {.tooltip = "Third-party enrichment"});
// CHECK-FIXES: return ctx.xcom_pull("transform.dedupe").as_int();
// CHECK-FIXES: // Reserved "for later", never filled, never used.
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: // One task per group.
// CHECK-FIXES-NEXT: tg::TaskGroup audit = dag.root();
// CHECK-FIXES: if (ctx.xcom_pull("transform.dedupe").as_int() > 0)
// CHECK-FIXES-NEXT: return "send_summary";
// CHECK-FIXES: tg::TaskGroup notify = dag.root();
// CHECK-FIXES: tg::TaskGroup exported = export_table(dag, std::string(table));
