// The library's exceptions. Messages are Airflow's, so users can search for them.
#pragma once

#include <stdexcept>
#include <string>

namespace tg {

/// Base of every library error.
class Error : public std::runtime_error {
public:
  explicit Error(const std::string &message) : std::runtime_error(message) {}
  /// The exception's name as Airflow spells it (`DuplicateTaskIdFound`, ...).
  virtual const char *kind() const noexcept { return "Error"; }
};

#define TG_DEFINE_ERROR(Name)                                                  \
  class Name : public Error {                                                  \
  public:                                                                      \
    using Error::Error;                                                        \
    const char *kind() const noexcept override { return #Name; }               \
  }

/// A task or group id already used in the DAG (including a group's reserved join ids).
TG_DEFINE_ERROR(DuplicateTaskIdFound);
/// An edge that would close a cycle.
TG_DEFINE_ERROR(CycleError);
/// One of Airflow's restrictions on mapped task groups.
TG_DEFINE_ERROR(MappingError);
/// A lookup by id or label found nothing.
TG_DEFINE_ERROR(NotFound);
/// A task handed to a group it was not created in.
TG_DEFINE_ERROR(TaskAlreadyInTaskGroup);

#undef TG_DEFINE_ERROR

/// An id the runtime rejects: wrong characters or too long.
class InvalidId : public Error {
public:
  InvalidId(std::string id, std::string rule, const std::string &message)
      : Error(message), id_(std::move(id)), rule_(std::move(rule)) {}
  const char *kind() const noexcept override { return "InvalidId"; }
  /// The offending id as checked (raw for groups, fully qualified for tasks).
  const std::string &id() const { return id_; }
  /// The rule broken, e.g. `^[A-Za-z0-9_-]+$` or `at most 200 characters`.
  const std::string &rule() const { return rule_; }

private:
  std::string id_;
  std::string rule_;
};

} // namespace tg
