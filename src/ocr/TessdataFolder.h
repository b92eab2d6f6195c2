#pragma once
// Finds Tesseract's language data ("<lang>.traineddata") for a set of languages.
// Inputs: languages as Tesseract writes them ("eng+chi_sim"); an explicit folder, or else the
// search order: $TESSDATA_PREFIX (the tessdata folder itself or its parent),
// /usr/share/tesseract-ocr/5/tessdata, /usr/share/tesseract-ocr/4.00/tessdata, /usr/share/tessdata,
// /usr/local/share/tessdata.
// Guarantees: returns the first folder holding every language, or ErrorCode::ModelMissing whose
// message names each missing file, the folder searched and the Debian package to install
// (eng -> tesseract-ocr-eng, chi_sim -> tesseract-ocr-chi-sim). Never throws.
// Thread safety: reads the environment and the file system only; safe from any thread.
#include <filesystem>
#include <string>
#include <vector>

#include "domain/Result.h"

namespace reunite::ocr {

// "eng+chi_sim" -> {"eng", "chi_sim"}
std::vector<std::string> splitLanguages(const std::string& languages);

// The Debian package that ships a language's data: "chi_sim" -> "tesseract-ocr-chi-sim".
std::string tessdataPackageFor(const std::string& language);

Result<std::filesystem::path> findTessdataFolder(const std::string& languages,
                                                 const std::filesystem::path& explicitFolder = {});

}  // namespace reunite::ocr
