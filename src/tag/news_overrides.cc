#include "tag/news_overrides.h"

namespace dyad::tag {

namespace {

constexpr Pos NN = Pos::NN, NNS = Pos::NNS, JJ = Pos::JJ, VB = Pos::VB, VBD = Pos::VBD,
              VBG = Pos::VBG, VBN = Pos::VBN, VBP = Pos::VBP, VBZ = Pos::VBZ;

// Regular past forms are VBD after a subject and VBN after "was"/"have": both must be possible.
// Nouns of the conflict vocabulary are listed with their plural. Weights follow how the word
// reads in wire copy, not a corpus count.
constexpr NewsOverride kOverrides[] = {
    // Verbs the lexicon lacks or knows in one form only.
    {"abducted", {{VBN, 50}, {VBD, 45}, {JJ, 5}}},
    {"abduct", {{VB, 80}, {VBP, 20}}},
    {"abducts", {{VBZ, 100}}},
    {"abducting", {{VBG, 100}}},
    {"arrested", {{VBN, 55}, {VBD, 45}}},
    {"arresting", {{VBG, 100}}},
    {"shelled", {{VBD, 50}, {VBN, 50}}},
    {"shelling", {{VBG, 50}, {NN, 50}}},
    {"deported", {{VBN, 50}, {VBD, 50}}},
    {"evacuated", {{VBN, 60}, {VBD, 40}}},
    {"sanctioned", {{VBN, 60}, {VBD, 40}}},
    {"slammed", {{VBD, 70}, {VBN, 30}}},
    {"ambushed", {{VBD, 60}, {VBN, 40}}},
    {"looted", {{VBD, 50}, {VBN, 50}}},
    {"massacred", {{VBD, 50}, {VBN, 50}}},
    {"beheaded", {{VBD, 50}, {VBN, 50}}},
    {"overthrew", {{VBD, 100}}},
    {"detained", {{VBN, 55}, {VBD, 45}}},
    {"withdraw", {{VB, 80}, {VBP, 20}}},
    {"condemn", {{VB, 80}, {VBP, 20}}},
    {"oust", {{VB, 80}, {VBP, 20}}},
    {"evacuate", {{VB, 80}, {VBP, 20}}},
    {"expel", {{VB, 80}, {VBP, 20}}},
    {"ambush", {{NN, 60}, {VB, 30}, {VBP, 10}}},
    {"bombing", {{NN, 60}, {VBG, 40}}},
    // "tear gas": the lexicon only knows the verb "tear".
    {"tear", {{VB, 50}, {NN, 40}, {VBP, 10}}},
    {"teargas", {{NN, 100}}},
    // Conflict nouns the lexicon lacks.
    {"airstrike", {{NN, 100}}},
    {"airstrikes", {{NNS, 100}}},
    {"air-strike", {{NN, 100}}},
    {"air-strikes", {{NNS, 100}}},
    {"warplane", {{NN, 100}}},
    {"warplanes", {{NNS, 100}}},
    {"drone", {{NN, 100}}},
    {"drones", {{NNS, 100}}},
    {"mortar", {{NN, 100}}},
    {"mortars", {{NNS, 100}}},
    {"junta", {{NN, 100}}},
    {"juntas", {{NNS, 100}}},
    {"jihadist", {{NN, 60}, {JJ, 40}}},
    {"jihadists", {{NNS, 100}}},
    {"jihadi", {{NN, 50}, {JJ, 50}}},
    {"jihadis", {{NNS, 100}}},
    {"militant", {{NN, 60}, {JJ, 40}}},
    {"militants", {{NNS, 100}}},
    {"insurgent", {{NN, 60}, {JJ, 40}}},
    {"insurgents", {{NNS, 100}}},
    {"insurgency", {{NN, 100}}},
    {"separatist", {{JJ, 50}, {NN, 50}}},
    {"separatists", {{NNS, 100}}},
    {"extremist", {{JJ, 50}, {NN, 50}}},
    {"gunman", {{NN, 100}}},
    {"peacekeeper", {{NN, 100}}},
    {"peacekeepers", {{NNS, 100}}},
    {"peacekeeping", {{NN, 60}, {JJ, 40}}},
    {"ceasefire", {{NN, 100}}},
    {"curfew", {{NN, 100}}},
    {"detainee", {{NN, 100}}},
    {"detainees", {{NNS, 100}}},
    {"rioters", {{NNS, 100}}},
    {"kidnappings", {{NNS, 100}}},
    {"checkpoint", {{NN, 100}}},
    {"militia", {{NN, 100}}},
    {"militias", {{NNS, 100}}},
    {"paramilitary", {{JJ, 60}, {NN, 40}}},
    {"paramilitaries", {{NNS, 100}}},
};

}  // namespace

std::span<const NewsOverride> news_overrides() { return kOverrides; }

}  // namespace dyad::tag
