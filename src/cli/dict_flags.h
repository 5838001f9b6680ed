// The dictionary options shared by code, explain and serve-like commands.
#pragma once
#include <CLI/CLI.hpp>

#include "cli/setup.h"

namespace dyad::cli {

inline void add_dict_flags(CLI::App& app, DictFlags& f) {
  app.add_option("--actors", f.actors, "extra actor dictionary (repeatable)")
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--agents", f.agents, "extra agent dictionary (repeatable)")
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--verbs", f.verbs, "extra verb dictionary (repeatable)")
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--discards", f.discards, "extra discard list (repeatable)")
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--dict", f.dicts, "extra dictionary in dyad's native format (repeatable)")
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_flag("--no-default-dicts", f.no_default_dicts,
               "use only the dictionaries given on the command line");
}

}  // namespace dyad::cli
