// The translation unit the precompiled-header targets need to exist (cmake/Precompiled.cmake).
