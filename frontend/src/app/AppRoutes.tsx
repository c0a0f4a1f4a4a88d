import { Route, Routes } from 'react-router';
import { LoginPage } from '@/features/auth/routes/LoginPage';
import { SignupPage } from '@/features/auth/routes/SignupPage';
import { HomePage } from '@/features/home/routes/HomePage';
import { OrganizerPage } from '@/features/organizer/routes/OrganizerPage';
import { AnyVisitorLayout } from './layouts/AnyVisitorLayout';
import { AppShell } from './layouts/AppShell';
import { PublicLayout } from './layouts/PublicLayout';
import { NotFoundPage } from './pages/NotFoundPage';
import { GuestOnly } from './routing/GuestOnly';
import { RequireAuth } from './routing/RequireAuth';
import { RequireRole } from './routing/RequireRole';
import { useFocusHeadingOnNavigate } from './routing/use-focus-heading-on-navigate';

export function AppRoutes() {
  useFocusHeadingOnNavigate();
  return (
    <Routes>
      <Route element={<GuestOnly />}>
        <Route element={<PublicLayout />}>
          <Route path="/login" element={<LoginPage />} />
          <Route path="/signup" element={<SignupPage />} />
        </Route>
      </Route>
      <Route element={<RequireAuth />}>
        <Route element={<AppShell />}>
          <Route path="/" element={<HomePage />} />
          <Route element={<RequireRole role="ORGANIZER" />}>
            <Route path="/organizer" element={<OrganizerPage />} />
          </Route>
        </Route>
      </Route>
      <Route element={<AnyVisitorLayout />}>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
