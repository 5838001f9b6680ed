// The subcommands; each returns the process exit status.
#pragma once

namespace dyad::cli {

int cmd_code(int argc, char** argv);
int cmd_explain(int argc, char** argv);
int cmd_validate(int argc, char** argv);
int cmd_eval(int argc, char** argv);
int cmd_dict(int argc, char** argv);

}  // namespace dyad::cli
