# OpenCV's modules as imported targets OpenCV::<module>. Debian ships OpenCVConfig.cmake only in the
# libopencv-dev meta package (which drags in VTK and more); the per-module -dev packages we install have
# the headers and libraries, so find those directly unless a full OpenCV config is available.
function(autolabel_find_opencv)
    find_package(OpenCV QUIET COMPONENTS ${ARGN})
    find_path(AUTOLABEL_OPENCV_INCLUDE_DIR opencv2/core.hpp PATH_SUFFIXES opencv4 HINTS ${OpenCV_INCLUDE_DIRS})
    if(NOT AUTOLABEL_OPENCV_INCLUDE_DIR)
        message(FATAL_ERROR "OpenCV headers not found: install libopencv-core-dev (scripts/install-deps does)")
    endif()
    foreach(module IN LISTS ARGN)
        if(TARGET OpenCV::${module})
            continue()
        endif()
        find_library(AUTOLABEL_OPENCV_${module}_LIBRARY NAMES opencv_${module} HINTS ${OpenCV_LIB_PATH})
        if(NOT AUTOLABEL_OPENCV_${module}_LIBRARY)
            message(FATAL_ERROR "OpenCV module ${module} not found: install libopencv-${module}-dev")
        endif()
        add_library(OpenCV::${module} UNKNOWN IMPORTED)
        set_target_properties(OpenCV::${module} PROPERTIES
            IMPORTED_LOCATION "${AUTOLABEL_OPENCV_${module}_LIBRARY}"
            INTERFACE_INCLUDE_DIRECTORIES "${AUTOLABEL_OPENCV_INCLUDE_DIR}"
            INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${AUTOLABEL_OPENCV_INCLUDE_DIR}")
    endforeach()
endfunction()
