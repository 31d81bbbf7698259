// The rules of hybrid (online + hands-on) programs: live hours, check-in codes, practical
// exams, patient-free logs and program requirements. Framework-free; the API applies them.
export {};
