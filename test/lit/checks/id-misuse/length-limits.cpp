// RUN: %check_clang_tidy %s taskgroup-id-misuse %t -- \
// RUN:   -config="{CheckOptions: {taskgroup-id-misuse.WarnLength: 0}}"
// The runtime's limits: a group id as written over 200 characters, a fully qualified task id
// over 250 (the composition is shown). Ids exactly at the limits pass. No fix. (WarnLength 0
// turns the shorter warning off.)
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"limits"};
  dag.group("group_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: group id 'group_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' is 201 characters long; the limit is 200: the runtime refuses the DAG (InvalidId) [taskgroup-id-misuse]
  dag.group("group_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
  tg::TaskGroup ops = dag.group("ops");
  ops.group("group_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: group id 'ops.group_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' is 201 characters long without its group's prefix; the limit is 200: the runtime refuses the DAG (InvalidId) [taskgroup-id-misuse]

  // Each part is short; together they are over 250.
  tg::TaskGroup advertiser = dag.group("advertiser_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
  tg::TaskGroup campaign = advertiser.group("campaign_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
  campaign.task("metric_mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm", [] { return 4; });
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: task id 'advertiser_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.campaign_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.metric_mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm' is 251 characters long; the limit is 250 (100 + 1 + 100 + 1 + 49): the runtime refuses the DAG (InvalidId) [taskgroup-id-misuse]
  campaign.task("metric_mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm", [] { return 4; });
  return dag;
}
