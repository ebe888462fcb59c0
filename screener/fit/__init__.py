"""Profiles, scoring weights and how a profile fits a posting's requirements."""
