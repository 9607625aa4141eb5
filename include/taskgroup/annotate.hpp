// Annotation macros: how the analyzer recognises the library's entry points.
//
// Every function that builds DAG structure carries TG_ANNOTATE("taskgroup.<what>"). Under Clang
// this is [[clang::annotate]], which survives into the AST, so taskgroup-tidy matches calls by
// annotation and never by name. Other compilers see nothing (GCC would warn on the attribute).
#pragma once

#if defined(__clang__) && defined(__has_cpp_attribute)
#if __has_cpp_attribute(clang::annotate)
#define TG_ANNOTATE(what) [[clang::annotate(what)]]
#endif
#endif
#ifndef TG_ANNOTATE
#define TG_ANNOTATE(what)
#endif

/// Marks a user function that creates groups under the parent passed as its first parameter
/// (a `tg::TaskGroup&` or `tg::Dag&`), so the analyzer models its calls even when the body
/// lives in another translation unit.
#define TG_GROUP_FACTORY TG_ANNOTATE("taskgroup.factory")
