// tg::Value: the small JSON-like value type carried by XCom, params and mapped arguments.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace tg {

class Value;
using Array = std::vector<Value>;
using Object = std::map<std::string, Value, std::less<>>;

namespace detail {
template <class T> struct is_vector : std::false_type {};
template <class T, class A> struct is_vector<std::vector<T, A>> : std::true_type {};
template <class T> struct is_string_map : std::false_type {};
template <class T, class C, class A>
struct is_string_map<std::map<std::string, T, C, A>> : std::true_type {};
} // namespace detail

class Value {
public:
  Value() = default;
  Value(std::nullptr_t) {}
  Value(bool b) : data_(b) {}
  template <class I>
    requires(std::is_integral_v<I> && !std::is_same_v<I, bool> && !std::is_same_v<I, char>)
  Value(I i) : data_(static_cast<std::int64_t>(i)) {}
  template <class D>
    requires std::is_floating_point_v<D>
  Value(D d) : data_(static_cast<double>(d)) {}
  Value(const char *s) : data_(std::string(s)) {}
  Value(std::string s) : data_(std::move(s)) {}
  Value(std::string_view s) : data_(std::string(s)) {}
  Value(Array a) : data_(std::move(a)) {}
  Value(Object o) : data_(std::move(o)) {}
  template <class T>
    requires(detail::is_vector<T>::value && !std::is_same_v<T, Array>)
  Value(const T &items) : data_(Array(items.begin(), items.end())) {}
  template <class T>
    requires(detail::is_string_map<T>::value && !std::is_same_v<T, Object>)
  Value(const T &items) : data_(Object(items.begin(), items.end())) {}

  static Value array(std::initializer_list<Value> items = {}) {
    return Value(Array(items));
  }
  static Value object(std::initializer_list<std::pair<const std::string, Value>> items = {}) {
    return Value(Object(items));
  }

  bool is_null() const { return data_.index() == 0; }
  bool is_bool() const { return data_.index() == 1; }
  bool is_int() const { return data_.index() == 2; }
  bool is_double() const { return data_.index() == 3; }
  bool is_number() const { return is_int() || is_double(); }
  bool is_string() const { return data_.index() == 4; }
  bool is_array() const { return data_.index() == 5; }
  bool is_object() const { return data_.index() == 6; }

  bool as_bool() const { return get<bool>("a bool"); }
  std::int64_t as_int() const {
    if (is_double())
      return static_cast<std::int64_t>(std::get<double>(data_));
    return get<std::int64_t>("an integer");
  }
  double as_double() const {
    if (is_int())
      return static_cast<double>(std::get<std::int64_t>(data_));
    return get<double>("a number");
  }
  // On a temporary (`for (auto& v : ctx.xcom_pull("t").as_array())`) these return by value,
  // so the loop does not iterate a destroyed value.
  const std::string &as_string() const & { return get<std::string>("a string"); }
  std::string as_string() && { return std::move(get_mut<std::string>("a string")); }
  const Array &as_array() const & { return get<Array>("an array"); }
  Array &as_array() & { return get_mut<Array>("an array"); }
  Array as_array() && { return std::move(get_mut<Array>("an array")); }
  const Object &as_object() const & { return get<Object>("an object"); }
  Object &as_object() & { return get_mut<Object>("an object"); }
  Object as_object() && { return std::move(get_mut<Object>("an object")); }

  /// Element access; a missing key or index reads as null.
  const Value &operator[](std::string_view key) const {
    if (!is_object())
      return null_value();
    const auto &o = std::get<Object>(data_);
    auto it = o.find(key);
    return it == o.end() ? null_value() : it->second;
  }
  Value &operator[](const std::string &key) {
    if (is_null())
      data_ = Object{};
    return get_mut<Object>("an object")[key];
  }
  const Value &operator[](std::size_t i) const {
    if (!is_array() || i >= std::get<Array>(data_).size())
      return null_value();
    return std::get<Array>(data_)[i];
  }
  template <class I>
    requires(std::is_integral_v<I> && !std::is_same_v<I, std::size_t>)
  const Value &operator[](I i) const {
    return i < 0 ? null_value() : (*this)[static_cast<std::size_t>(i)];
  }
  bool contains(std::string_view key) const {
    return is_object() && std::get<Object>(data_).count(key) > 0;
  }
  std::size_t size() const {
    if (is_array())
      return std::get<Array>(data_).size();
    if (is_object())
      return std::get<Object>(data_).size();
    return 0;
  }
  void push_back(Value v) {
    if (is_null())
      data_ = Array{};
    get_mut<Array>("an array").push_back(std::move(v));
  }

  friend bool operator==(const Value &a, const Value &b) {
    if (a.is_number() && b.is_number() && a.data_.index() != b.data_.index())
      return a.as_double() == b.as_double();
    return a.data_ == b.data_;
  }

  std::string to_json() const {
    std::string out;
    write_json(out);
    return out;
  }
  void write_json(std::string &out) const;

private:
  template <class T> const T &get(const char *what) const {
    if (const T *p = std::get_if<T>(&data_))
      return *p;
    throw std::logic_error(std::string("tg::Value is not ") + what + ": " + to_json());
  }
  template <class T> T &get_mut(const char *what) {
    return const_cast<T &>(get<T>(what));
  }
  static const Value &null_value() {
    static const Value null;
    return null;
  }

  std::variant<std::monostate, bool, std::int64_t, double, std::string, Array, Object> data_;
};

/// Length of the well-formed UTF-8 sequence starting at `s[i]` (RFC 3629: no overlong forms,
/// no surrogates, nothing above U+10FFFF), or 0 when the bytes there are not one.
inline std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  unsigned char c = byte(0);
  if (c < 0x80)
    return 1;
  std::size_t len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3
                    : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  if (len == 0 || i + len > s.size())
    return 0;
  unsigned char lo = 0x80, hi = 0xbf; // allowed range of the second byte
  if (c == 0xe0) lo = 0xa0;
  if (c == 0xed) hi = 0x9f;
  if (c == 0xf0) lo = 0x90;
  if (c == 0xf4) hi = 0x8f;
  if (byte(1) < lo || byte(1) > hi)
    return 0;
  for (std::size_t k = 2; k < len; ++k)
    if ((byte(k) & 0xc0) != 0x80)
      return 0;
  return len;
}

/// Calls `emit(piece)` for each well-formed UTF-8 sequence of `s` and `emit("\ufffd")`-style
/// replacement (`invalid()`) for each byte that does not start one.
template <class Valid, class Invalid>
void for_each_utf8(std::string_view s, Valid valid, Invalid invalid) {
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = utf8_sequence_length(s, i);
    if (len == 0) {
      invalid();
      ++i;
    } else {
      valid(s.substr(i, len));
      i += len;
    }
  }
}

/// Appends `s` to `out` as a JSON string literal. Control characters are escaped, valid UTF-8
/// passes through, and bytes that are not valid UTF-8 become U+FFFD so the output stays valid.
inline void write_json_string(std::string &out, std::string_view s) {
  out += '"';
  for_each_utf8(
      s,
      [&](std::string_view piece) {
        if (piece.size() > 1) {
          out.append(piece);
          return;
        }
        auto c = static_cast<unsigned char>(piece[0]);
        switch (c) {
        case '"': out += "\\\""; return;
        case '\\': out += "\\\\"; return;
        case '\n': out += "\\n"; return;
        case '\r': out += "\\r"; return;
        case '\t': out += "\\t"; return;
        default: break;
        }
        if (c < 0x20 || c == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
      },
      [&] { out += "\\ufffd"; });
  out += '"';
}

/// `s` with control characters as spaces (newlines kept when asked) and invalid UTF-8 as
/// U+FFFD: safe in DOT and in text output.
inline std::string printable(std::string_view s, bool keep_newlines = false) {
  std::string out;
  for_each_utf8(
      s,
      [&](std::string_view piece) {
        bool control = piece.size() == 1 &&
                       (static_cast<unsigned char>(piece[0]) < 0x20 || piece[0] == 0x7f) &&
                       !(keep_newlines && piece[0] == '\n');
        out += control ? std::string_view(" ") : piece;
      },
      [&] { out += "\xef\xbf\xbd"; });
  return out;
}
inline std::string printable_keeping_newlines(std::string_view s) { return printable(s, true); }

/// The shortest decimal that reads back as `d` (as Python's repr: 1.08, not
/// 1.0800000000000001), always with a fraction or exponent; NaN and infinities become null.
inline void write_json_double(std::string &out, double d) {
  if (d != d || d - d != 0) {
    out += "null";
    return;
  }
  char buf[32];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, d);
    if (std::strtod(buf, nullptr) == d)
      break;
  }
  out += buf;
  if (std::string_view(buf).find_first_of(".e") == std::string_view::npos)
    out += ".0";
}

inline void Value::write_json(std::string &out) const {
  switch (data_.index()) {
  case 0: out += "null"; break;
  case 1: out += std::get<bool>(data_) ? "true" : "false"; break;
  case 2: out += std::to_string(std::get<std::int64_t>(data_)); break;
  case 3: write_json_double(out, std::get<double>(data_)); break;
  case 4: write_json_string(out, std::get<std::string>(data_)); break;
  case 5: {
    out += '[';
    const char *sep = "";
    for (const auto &v : std::get<Array>(data_)) {
      out += sep;
      v.write_json(out);
      sep = ", ";
    }
    out += ']';
    break;
  }
  default: {
    out += '{';
    const char *sep = "";
    for (const auto &[k, v] : std::get<Object>(data_)) {
      out += sep;
      write_json_string(out, k);
      out += ": ";
      v.write_json(out);
      sep = ", ";
    }
    out += '}';
  }
  }
}

/// Reads a Value as a C++ type: what mapped arguments and XCom consumers use.
template <class T> T value_as(const Value &v) {
  if constexpr (std::is_same_v<T, Value>)
    return v;
  else if constexpr (std::is_same_v<T, bool>)
    return v.as_bool();
  else if constexpr (std::is_integral_v<T>)
    return static_cast<T>(v.as_int());
  else if constexpr (std::is_floating_point_v<T>)
    return static_cast<T>(v.as_double());
  else if constexpr (std::is_same_v<T, std::string>)
    return v.as_string();
  else if constexpr (detail::is_vector<T>::value) {
    T out;
    for (const auto &item : v.as_array())
      out.push_back(value_as<typename T::value_type>(item));
    return out;
  } else if constexpr (detail::is_string_map<T>::value) {
    T out;
    for (const auto &[k, item] : v.as_object())
      out.emplace(k, value_as<typename T::mapped_type>(item));
    return out;
  } else {
    static_assert(sizeof(T) == 0, "tg::value_as: unsupported type");
  }
}

} // namespace tg
